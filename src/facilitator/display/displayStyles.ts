/** The team display's stylesheet: projector-friendly, large type, high contrast (white and amber on black). */
export const DISPLAY_CSS = `
body { margin: 0; background: #000; }
.td { font: 24px/1.35 system-ui, sans-serif; color: #fff; background: #000; min-height: 100vh; padding: 24px 32px; box-sizing: border-box; }
.td h1 { font-size: 1.6em; margin: 0; color: #ffd54a; }
.td h2 { font-size: 1.15em; margin: 0 0 10px; color: #ffd54a; border-bottom: 2px solid #ffd54a; padding-bottom: 4px; }
.td .top { display: flex; justify-content: space-between; align-items: baseline; gap: 24px; flex-wrap: wrap; margin-bottom: 20px; }
.td .clock { font: 700 2.6em/1 ui-monospace, monospace; }
.td .phase { font-weight: 800; font-size: 1.1em; padding: 2px 12px; border: 3px solid #fff; text-transform: uppercase; }
.td .phase-paused { color: #000; background: #ffd54a; border-color: #ffd54a; }
.td .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 24px; }
.td section { background: #111; border: 2px solid #444; padding: 14px 18px; }
.td .prompt { border-color: #ffd54a; grid-column: 1 / -1; }
.td .prompt li { font-size: 1.15em; margin-bottom: 8px; }
.td .message { border-left: 6px solid #4fc3f7; padding: 6px 12px; margin-bottom: 12px; background: #0a0a0a; }
.td .message .meta { color: #bbb; font-size: 0.8em; }
.td .message .body { white-space: pre-wrap; }
.td table { border-collapse: collapse; width: 100%; }
.td th, .td td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #333; vertical-align: top; }
.td .waiting { font-size: 1.4em; margin-top: 30vh; text-align: center; }
.td .muted { color: #bbb; }
.td ul { margin: 0; padding-left: 1.2em; }
`;
