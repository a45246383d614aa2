import { benchControlLists } from './control-lists.bench';

/** `npm run bench`: prints figures for each area; speed targets live here, never in unit tests. */
console.log(`ExportDesk benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
await benchControlLists();
