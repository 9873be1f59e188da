import { formatDuration, type SimMinutes } from "./time";
import type { WorldModel } from "./world/worldState";

/** One statutory clock as the team sees it: started once they found personal data affected, met once notified. */
export interface StatutoryClockStatus {
  id: string;
  name: string;
  within: SimMinutes;
  /** When the team found a fact establishing personal data was affected (the clock runs from here, at the latest). */
  startedAt?: SimMinutes;
  dueAt?: SimMinutes;
  /** When the notification was made (completed). */
  notifiedAt?: SimMinutes;
}

/** A statutory window the way the law writes it: in hours (`72 hours`), or days past a week. */
export function formatStatutoryWindow(minutes: SimMinutes): string {
  const hours = minutes / 60;
  if (Number.isInteger(hours) && hours <= 168) return `${hours} hour${hours === 1 ? "" : "s"}`;
  return formatDuration(minutes);
}

/**
 * The scenario's statutory clocks as the team can know them: a clock starts at the first discovery of a fact naming
 * one of its personal data classes (never before: what the team has not found is not shown), and is met by the first
 * completed notification it asks for. Pure; the same for the ops room and the team display.
 */
export function statutoryClockTrack(world: WorldModel): StatutoryClockStatus[] {
  const { scenario } = world;
  return (scenario.statutoryClocks ?? []).map((clock) => {
    const personal = new Set(clock.dataClasses);
    const found = scenario.facts
      .filter((fact) => (fact.dataClasses ?? []).some((dataClass) => personal.has(dataClass)))
      .map((fact) => world.facts[fact.id])
      .filter((state) => state?.status === "discovered" && state.discoveredAt !== undefined)
      .map((state) => state?.discoveredAt as SimMinutes);
    const startedAt = found.length > 0 ? Math.min(...found) : undefined;
    const notified =
      clock.notify === "individuals"
        ? world.completed["notify-individuals"]?.[0]
        : world.completed["notify-regulator"]?.find((done) => {
            const party = done.action.type === "notify-regulator" ? done.action.party : undefined;
            return scenario.world.people.find((person) => person.id === party)?.contactKind === "regulator";
          });
    return {
      id: clock.id,
      name: clock.name,
      within: clock.within,
      ...(startedAt !== undefined ? { startedAt, dueAt: startedAt + clock.within } : {}),
      ...(notified !== undefined ? { notifiedAt: notified.at } : {}),
    };
  });
}
