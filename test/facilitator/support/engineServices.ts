import { createDrill } from "../../../src/engine/createDrill";
import type { SessionServices } from "../../../src/facilitator/session/sessionServices";

/** The real engine behind the session services, as the app wires it. */
export const ENGINE_SERVICES: SessionServices = { createDrill };
