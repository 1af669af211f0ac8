import { expose } from 'comlink';
import { openKopLindungDb } from '../db/database';
import { createImporExcelWorkerApi } from './impor-excel-worker-api';

/**
 * The spreadsheet import's worker: reading, cleaning and matching never block the screen; Batal ends the worker.
 * It opens the same database (by name) as the UI, and only reads it.
 */
expose(createImporExcelWorkerApi(() => openKopLindungDb()));
