import { expose } from 'comlink';
import { createImporExcelWorkerApi } from './impor-excel-worker-api';

/** The spreadsheet import's worker: reading and cleaning never block the screen; Batal ends the worker. */
expose(createImporExcelWorkerApi());
