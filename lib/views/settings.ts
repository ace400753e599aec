// The settings as the extension pages read and change them (profile, language, portals, reminders, first run).
import { db } from '../db/db';
import { acknowledgeSettingsNotice, keepUnreadableSettingsAside, loadSettings, settingsNotice, updateSettings } from '../db/settings';
import { unitsOfPlans } from '../db/units';
import type { Settings } from '../schema/settings';

export const readSettings = (): Promise<Settings> => loadSettings(db());

/** One change to the settings, made on the record as it is stored now. */
export const changeSettings = (change: (s: Settings) => Settings): Promise<Settings> => updateSettings(db(), change);

/** A record that could not be read is copied aside before anything is written over it. */
export const keepSettingsAside = (): Promise<void> => keepUnreadableSettingsAside(db());

/** Which fields of the settings could not be read, until the person has seen it. */
export const loadSettingsNotice = () => settingsNotice(db());
export const dismissSettingsNotice = (): Promise<void> => acknowledgeSettingsNotice(db());

/** The units the saved plans name, for the profile's choice of unit. */
export const loadPlanUnits = () => unitsOfPlans(db());
