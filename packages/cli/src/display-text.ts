// The batch reports' text, written like the evaluation report's (core's evaluate/report).
const counts = new Intl.NumberFormat('en-US');

/** Text for HTML (element content and attribute values alike). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A count with thousands separators: `1,234,567`. */
export function formatCount(value: number): string {
  return counts.format(value);
}
