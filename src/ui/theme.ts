// The banner and dialog styles, bundled as text and adopted into the shadow root, so no `<style>` needs 'unsafe-inline'.
// Theming: set --consent-bg, --consent-fg, --consent-accent, --consent-accent-fg, --consent-border,
// --consent-radius and --consent-font on :root; custom properties are inherited into the shadow root, nothing else is.
// Each rule ends in a line continuation, so the string carries no newlines.
// Sizes are in em from `font-size: medium`, the user's own default, which no page stylesheet can reach.
export const UI_CSS = `:host{all:initial!important}\
*{box-sizing:border-box;margin:0}\
.b,dialog{--bg:var(--consent-bg,#fff);--fg:var(--consent-fg,#1b1b1b);--ac:var(--consent-accent,#1d4ed8);--af:var(--consent-accent-fg,#fff);--bd:var(--consent-border,#6e6e6e);--rd:var(--consent-radius,.5em);font:medium/1.5 var(--consent-font,system-ui,sans-serif);color:var(--fg);background:var(--bg);border:1px solid var(--bd);overflow:auto}\
@media(prefers-color-scheme:dark){.b,dialog{--bg:var(--consent-bg,#1c1c1e);--fg:var(--consent-fg,#f2f2f2);--ac:var(--consent-accent,#9dbbff);--af:var(--consent-accent-fg,#111);--bd:var(--consent-border,#9a9a9a)}}\
.b{position:fixed;z-index:2147483646;inset:auto 0 0;max-width:60em;max-height:80vh;margin:0 auto;padding:1em 1.25em;border-bottom:0;border-radius:var(--rd) var(--rd) 0 0}\
@media(prefers-reduced-motion:no-preference){.b{animation:i .3s ease-out}}\
@keyframes i{from{transform:translateY(100%)}}\
.o{transform:translateY(100%);will-change:transform}\
.t{font-size:1.25em;line-height:1.3;margin-bottom:.4em}\
p{margin-bottom:.75em}\
a,summary{color:var(--ac)}\
:focus-visible{outline:3px solid var(--ac);outline-offset:2px}\
.a{display:grid;grid-template-columns:repeat(auto-fit,minmax(11em,1fr));gap:.5em}\
button,input{font:inherit}\
button{font-weight:600;min-height:2.75em;padding:.4em 1em;border:2px solid var(--ac);border-radius:var(--rd);background:var(--ac);color:var(--af)}\
.d{float:inline-end;margin-inline-start:1em;background:none;color:var(--ac)}\
.v{position:absolute;clip-path:inset(50%)}`;

/** The dialog's own rules, adopted when the second layer arrives (src/ui/second-layer.ts). */
export const DIALOG_CSS = `dialog{width:40em;margin:auto;padding:1em;border-radius:var(--rd)}\
dialog::backdrop{background:#000a}\
p:empty{display:none}\
.h{display:flex;justify-content:space-between;gap:1em}\
.x{flex:none;width:1.5em;height:1.5em;min-height:0;padding:0;border:0;background:none;color:var(--fg);font-size:1.5em;line-height:1}\
ul{list-style:none;margin:1em 0;padding:0}\
li{border-top:1px solid var(--bd);padding:.75em 0}\
.r{display:flex;align-items:center;gap:.5em}\
label{flex:1;font-weight:600}\
.s:empty::after{content:attr(data-off)}\
:checked+.s:empty::after{content:attr(data-on)}\
input{appearance:none;flex:none;order:1;position:relative;width:2.75em;height:1.5em;border:2px solid var(--bd);border-radius:1em;background:var(--bg)}\
input::before{content:"";position:absolute;top:.125em;inset-inline-start:.125em;width:1em;height:1em;border-radius:50%;background:var(--bd)}\
input:checked{border-color:var(--ac);background:var(--ac)}\
input:checked::before{inset-inline-start:1.375em;background:var(--af)}\
input:disabled{opacity:.7}\
table{width:100%;border-collapse:collapse;font-size:.8125em}\
details{overflow-x:auto}\
th,td{padding:.25em;border-bottom:1px solid var(--bd);text-align:start}\
.i{margin:1em 0 0;font-size:.8125em}\
code{overflow-wrap:anywhere;user-select:all}`;
