import { benchControlLists } from './control-lists.bench';
import { benchParties } from './parties.bench';
import { benchScreening } from './screening.bench';
import { benchItems } from './items.bench';
import { benchAudit } from './audit.bench';
import { benchBackup } from './backup.bench';
import { benchPackages } from './packages.bench';

/** `npm run bench`: prints figures for each area; speed targets live here, never in unit tests. */
console.log(`ExportDesk benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
await benchControlLists();
await benchScreening();
await benchParties();
await benchItems();
await benchAudit();
await benchBackup();
await benchPackages();
