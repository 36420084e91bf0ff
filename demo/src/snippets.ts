// Copy buttons for the embedding snippets: `data-copy` names the id of the code to copy.

/** Wires every `[data-copy]` button under `root`; `status` announces the result. */
export function wireCopyButtons(root: ParentNode, status: HTMLElement): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', async () => {
      const code = document.getElementById(button.dataset['copy'] ?? '');
      if (!code) return;
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = 'Copied to the clipboard.';
      } catch {
        // No clipboard access (e.g. permission denied): select the text for a manual copy.
        getSelection()?.selectAllChildren(code);
        status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
      }
    });
  }
}
