/** What other features use of the council: a line's result tag (the dossier's lines). */
export { CouncilResultTag } from './councilTags';
