import Markdown from "react-markdown";

// Campaign text is Markdown written by editors. Raw HTML is dropped (skipHtml), and
// react-markdown's default URL filter removes javascript:, data: and other unsafe links.
export function MarkdownText({ children, lang }: { children: string; lang?: string }) {
  return (
    <div className="prose-campaign" lang={lang} dir="auto">
      <Markdown
        skipHtml
        components={{
          a: ({ href, children: text }) => (
            <a href={href} rel="nofollow noopener noreferrer">
              {text}
            </a>
          ),
          img: ({ alt }) => <span>{alt}</span>,
        }}
      >
        {children}
      </Markdown>
    </div>
  );
}
