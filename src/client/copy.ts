/**
 * "Copy" buttons: rendered hidden, shown only when the clipboard is
 * available. A button copies its data-copy text, or the text of the element
 * named by data-copy-from.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy], button[data-copy-from]")) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  const label = button.textContent ?? "Copy";
  const copy = async () => {
    const from = button.dataset["copyFrom"];
    const text = from ? (document.getElementById(from)?.textContent ?? "") : (button.dataset["copy"] ?? "");
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch {
      button.textContent = "Copy failed";
    }
    setTimeout(() => {
      button.textContent = label;
    }, 2000);
  };
  button.addEventListener("click", () => void copy());
}
