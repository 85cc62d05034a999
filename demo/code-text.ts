/**
 * Text with `code` spans (the JSDoc and message convention) as DOM nodes: the backticks become
 * `<code>` elements, so readers never see raw backticks. Built with text nodes only (no HTML).
 */
export function codeText(text: string): Node[] {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) => {
    if (!/^`[^`]+`$/.test(part)) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part.slice(1, -1);
    return code;
  });
}
