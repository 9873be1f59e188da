/** The facilitator console's stylesheet (dense, readable, keyboard focus always visible). */
export const CONSOLE_CSS = `
.fc { font: 15px/1.4 system-ui, sans-serif; color: #1b1f24; background: #f4f5f7; padding: 12px; }
.fc h1 { font-size: 1.4rem; margin: 0 0 8px; }
.fc h2 { font-size: 1.1rem; margin: 0 0 8px; }
.fc h3 { font-size: 1rem; margin: 8px 0 4px; }
.fc .bar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 12px; }
.fc .clock { font: 700 1.6rem/1 ui-monospace, monospace; padding: 4px 10px; background: #1b1f24; color: #fff; border-radius: 4px; }
.fc .phase { font-weight: 700; text-transform: uppercase; }
.fc .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(420px, 100%), 1fr)); gap: 12px; }
.fc .panel { background: #fff; border: 1px solid #c9ced6; border-radius: 6px; padding: 10px 12px; }
.fc .panel.wide { grid-column: 1 / -1; }
.fc .field { display: flex; flex-direction: column; gap: 2px; margin-bottom: 6px; }
.fc .field.inline { flex-direction: row; align-items: center; gap: 6px; }
.fc label { font-weight: 600; font-size: 0.9rem; }
.fc input[type=text], .fc input[type=password], .fc textarea, .fc select { font: inherit; padding: 4px 6px; border: 1px solid #8a93a0; border-radius: 4px; }
.fc textarea { min-height: 3.2em; }
.fc select[multiple] { min-height: 6em; }
.fc button { font: inherit; padding: 4px 10px; border: 1px solid #2a4d8f; background: #2a5db0; color: #fff; border-radius: 4px; cursor: pointer; }
.fc button.secondary { background: #fff; color: #2a4d8f; }
.fc button:disabled { opacity: 0.5; cursor: default; }
.fc :focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.fc table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
.fc th, .fc td { border-bottom: 1px solid #dde1e6; padding: 4px; text-align: left; vertical-align: top; }
.fc .status-delivered { color: #1d6b2f; } .fc .status-held { color: #a15c00; } .fc .status-skipped { color: #6b6f76; }
.fc .controller { background: #fff8e1; }
.fc .notice { padding: 6px 10px; border-radius: 4px; background: #e8f0fe; margin: 6px 0; }
.fc .alert { padding: 6px 10px; border-radius: 4px; background: #fde7e9; color: #8a1020; margin: 6px 0; }
.fc .outcome-met { color: #1d6b2f; } .fc .outcome-violated { color: #a3121f; } .fc .outcome-partial { color: #8a5a00; }
.fc .log { max-height: 22em; overflow: auto; font: 0.85rem/1.35 ui-monospace, monospace; }
.fc .plan-rows { list-style: none; padding: 0; margin: 4px 0; }
.fc .plan-row legend { font-weight: 600; }
.fc .plan-meta { color: #4a5361; margin: 0 0 4px; }
.fc .plan-issue { margin: 0 0 4px; }
.fc .plan-fields { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 2px 12px; }
.fc .plan-fields .field { grid-column: span 2; }
.fc .plan-fields .field:nth-child(1) { grid-column: 1 / -1; }
.fc .plan-fields .field:nth-child(2), .fc .plan-fields .field:nth-child(3) { grid-column: span 3; }
.fc .plan-fields input, .fc .plan-fields select, .fc .plan-fields textarea { width: 100%; box-sizing: border-box; }
@media (max-width: 40rem) { .fc .plan-fields .field:nth-child(n) { grid-column: 1 / -1; } }
.fc .plan-fields input[type=date] { font: inherit; padding: 4px 6px; border: 1px solid #8a93a0; border-radius: 4px; }
.fc .plan-problem { color: #a4161a; margin: 2px 0 0; }
.fc .plan-problem:empty { display: none; }
.fc .kit-documents li { margin-bottom: 6px; }
.fc .kit-documents button { margin-left: 6px; }
.fc .report-frame { width: 100%; height: 70vh; border: 1px solid #c9ced6; background: #fff; }
.fc .muted { color: #5b616b; }
.fc td.actions { white-space: nowrap; }
.fc td code { word-break: break-all; }
.fc .qr-row td { background: #f4f5f7; }
.fc .scroll { max-height: 30em; overflow: auto; }
.fc .master-events .scroll { max-height: 36em; }
`;
