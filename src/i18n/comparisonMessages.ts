// The sub-area comparison's messages, registered when the charts load.
import { registerMessages } from "./messages";
import { comparisonMessages } from "./messages/comparison";

registerMessages(comparisonMessages);
