/**
 * The small dialog the ribbon's "Check sheet" opens to say what it found
 * (Excel has no notification bar for add-ins). The text comes in the query
 * string and is shown as text, never as HTML.
 */
const params = new URLSearchParams(window.location.search);
const lang = params.get('lang') === 'zh' ? 'zh' : 'en';
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.getElementById('message')!.textContent = params.get('text') ?? '';
const closeButton = document.getElementById('close')!;
closeButton.textContent = lang === 'zh' ? '确定' : 'OK';
Office.onReady(() => {
  closeButton.addEventListener('click', () => Office.context.ui.messageParent('close'));
});

export {};
