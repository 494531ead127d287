// Text and attribute values for HTML written by hand (the embeds, the pages the front door answers itself): every character that
// could end a text node or an attribute is escaped.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
