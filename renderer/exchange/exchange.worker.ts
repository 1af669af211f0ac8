import { expose } from 'comlink';
import { openKopLindungDb } from '../db/database';
import { createExchangeWorkerApi } from './exchange-worker-api';
import { withOutcomes } from './worker-outcome';

/** The exchange worker: the same database (by name) as the UI, opened here, so long imports never block the UI. */
expose(withOutcomes(createExchangeWorkerApi(() => openKopLindungDb())));
