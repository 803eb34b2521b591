// The messages of features that load on demand: a plan's page (sub-areas at scale, the grid's split
// and text-targets dialogs). Imported for its effect by the modules that start those features, so
// that the library's first visit does not load them. The spreadsheet import's own messages come with
// its dialog (spreadsheetMessages.ts).
import { registerMessages } from "./messages";
import { provinceMessages } from "./messages/province";
import { textTargetsMessages } from "./messages/textTargets";

registerMessages(provinceMessages, textTargetsMessages);
