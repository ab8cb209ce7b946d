/** <sf-embed-button>: shows its button once scripts run; the dialog's code loads on the first click. */
export function defineEmbedButton(): void {
  if (customElements.get('sf-embed-button')) return;
  customElements.define(
    'sf-embed-button',
    class extends HTMLElement {
      connectedCallback() {
        this.hidden = false;
        this.querySelector('button')?.addEventListener('click', async () => {
          const { openEmbedDialog } = await import('./embed-dialog');
          openEmbedDialog(this);
        });
      }
    },
  );
}
