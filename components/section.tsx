import type { ReactNode } from "react";

type Props = {
  /** Names the section: its heading's id is `${id}-heading`, which links may point at. */
  id: string;
  heading: ReactNode;
  /** A section in a side column or among many takes the smaller heading. */
  size?: "large" | "small";
  className?: string;
  children: ReactNode;
};

// A titled part of a page: a landmark named by its own heading, so that a screen reader's list
// of regions reads as the page's outline.
export function Section({ id, heading, size = "large", className, children }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className={size === "small" ? "text-xl font-bold" : "text-2xl font-bold"}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
