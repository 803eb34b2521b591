// The spreadsheet import's messages, registered when its dialog (or the files tab) loads.
import { registerMessages } from "./messages";
import { spreadsheetMessages } from "./messages/spreadsheet";

registerMessages(spreadsheetMessages);
