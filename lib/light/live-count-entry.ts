// The entry scripts/build-server.ts bundles into the light pages' script.
import { startLiveCounts } from "./live-count";

startLiveCounts();
