/**
 * Fonts drawn for the old Mac character set (Times New Roman and its
 * metric twin Liberation Serif among them) give their fi and fl glyphs the
 * private-use code points U+F001 and U+F002, and a PDF printed or exported
 * with such a font carries those in its text layer, where they read as
 * nothing. pdf.js already spells out the standard ligature code points
 * (U+FB00–U+FB06) and ligature glyphs known only by name (fi, f_f_i…);
 * these two it leaves as they are. Symbol fonts' private-use letters start
 * at U+F020, so the two cannot be anything else.
 */
const LEGACY_LIGATURES: Readonly<Record<string, string>> = { '\uF001': 'fi', '\uF002': 'fl' };

export const spellLigatures = (text: string): string => text.replace(/[\uF001\uF002]/g, (glyph) => LEGACY_LIGATURES[glyph]);
