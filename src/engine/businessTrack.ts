import type { ImpactSeverity } from "./scenario";
import type { SimMinutes } from "./time";
import type { WorldModel } from "./world/worldState";

/** One impact the business has felt: what broke, since when, until when, and whether the team softened it. */
export interface BusinessTrackImpact {
  id: string;
  text: string;
  severity: ImpactSeverity;
  status: "active" | "recovered";
  since: SimMinutes;
  recoversAt: SimMinutes;
  recoveredAt?: SimMinutes;
  softened: boolean;
}

/** One service the business runs on, as the business track shows it. */
export interface BusinessTrackService {
  id: string;
  name: string;
  description: string;
  customerFacing: boolean;
  /** `impaired`: an active impact nobody softened; `softened`: every active impact was softened. */
  status: "normal" | "impaired" | "softened";
  impacts: BusinessTrackImpact[];
}

/**
 * The business track: every service the scenario's business runs on, with the impacts the response has caused so
 * far (only those that happened: what a move will break is not announced). Pure; the same for the ops room, the
 * team display and the report.
 */
export function businessTrack(world: WorldModel): BusinessTrackService[] {
  const { business } = world.scenario;
  return business.services.map((service) => {
    const impacts: BusinessTrackImpact[] = [];
    for (const impact of business.impacts) {
      const state = world.business[impact.id];
      if (impact.service !== service.id || !state || state.status === "none") continue;
      impacts.push({
        id: impact.id,
        text: impact.text,
        severity: impact.severity,
        status: state.status,
        since: state.at ?? world.now,
        recoversAt: state.recoversAt ?? world.now,
        ...(state.recoveredAt !== undefined ? { recoveredAt: state.recoveredAt } : {}),
        softened: state.softened,
      });
    }
    const active = impacts.filter((impact) => impact.status === "active");
    const status =
      active.length === 0 ? "normal" : active.every((impact) => impact.softened) ? "softened" : "impaired";
    return {
      id: service.id,
      name: service.name,
      description: service.description,
      customerFacing: service.customerFacing,
      status,
      impacts,
    };
  });
}
