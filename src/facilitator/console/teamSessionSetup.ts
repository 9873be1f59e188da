import { el, field, select } from "../../ui/dom";
import type { TeamSessionOffer, TeamSessionService } from "./consoleDeps";
import { seedField } from "./seedField";

/**
 * The setup screen's "Run a team session" panel: scenario, seed, approval and (when the server is reachable from
 * the network) the facilitator secret; creating the session hands this page over to its console, which lists
 * every join link. Without a session server it says how to get one.
 */
export function teamSessionSetup(service: TeamSessionService, randomSeed: () => string): HTMLElement {
  const section = el(
    "section",
    { class: "panel", "aria-labelledby": "team-session-h" },
    el("h2", { id: "team-session-h", text: "Run a team session" }),
    el("p", {
      text: "Everyone on their own laptop or phone, in the room or remote: one join link per role, a link for the team display and one for evaluators.",
    }),
  );
  const status = el("p", { role: "status", class: "muted", text: "Asking the session server…" });
  section.append(status);
  void service.offer().then(
    (offer) => show(offer),
    () => show({ available: false, reason: "the session server did not answer" }),
  );
  return section;

  function show(offer: TeamSessionOffer): void {
    if (!offer.available) {
      status.replaceWith(
        el(
          "p",
          { class: "muted" },
          `Team sessions need the session server (${offer.reason}): run `,
          el("code", { text: "npm run build && npx hotwash serve" }),
          " and open this page at the address it prints.",
        ),
      );
      return;
    }
    if (offer.scenarios.length === 0) {
      status.textContent = "The session server has no scenario to offer.";
      return;
    }
    const alert = el("div", { role: "alert", class: "alert", hidden: true });
    const scenario = select(offer.scenarios.map((item) => ({ value: item.id, label: item.title })));
    scenario.name = "team-scenario";
    const { input: seed, bar: seedBar } = seedField("team-seed", randomSeed, "the team session");
    const approval = el("input", { type: "checkbox", id: "team-approval", name: "team-approval" });
    const secret = el("input", {
      type: "password",
      name: "team-secret",
      autocomplete: "off",
      value: service.knownSecret() ?? "",
    });
    const create = el("button", { type: "submit", text: "Create the team session" });
    const form = el(
      "form",
      { "aria-label": "Create a team session" },
      field("Scenario", scenario),
      seedBar,
      el(
        "div",
        { class: "field inline" },
        approval,
        el("label", { for: approval.id, text: "Players' decisions wait for my approval" }),
      ),
      offer.secretRequired
        ? field(
            "Facilitator secret",
            secret,
            "This server is reachable from the network, so creating a session needs the facilitator secret the server printed when it started (hotwash serve, or npm start -- --host).",
          )
        : null,
      alert,
      create,
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const problem = !seed.value.trim()
        ? "Choose a seed (any text); it makes the session reproducible."
        : offer.secretRequired && !secret.value.trim()
          ? "Enter the facilitator secret the server printed when it started."
          : undefined;
      if (problem) return refuse(problem);
      create.disabled = true;
      alert.hidden = true;
      void service
        .create({
          scenario: scenario.value,
          seed: seed.value.trim(),
          approval: approval.checked,
          ...(offer.secretRequired ? { secret: secret.value.trim() } : {}),
        })
        .then((result) => {
          create.disabled = false;
          if (!result.ok) refuse(result.error);
        });
    });
    status.replaceWith(form);

    function refuse(message: string): void {
      alert.textContent = message;
      alert.hidden = false;
    }
  }
}
