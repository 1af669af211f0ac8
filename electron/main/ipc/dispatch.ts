import type { z } from 'zod';
import { ipcContract, type IpcHandlers } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { IpcCaller } from '../handlers/ipc-caller';
import { IpcHandlerError, isFileSystemError } from './handler-error';

type AnyHandler = (...args: unknown[]) => unknown;

interface Route {
  readonly schema: z.ZodTuple;
  readonly handler: AnyHandler;
}

/** Called for failures the renderer only sees as a code, so a developer can still find the cause in the log. */
export type DispatchErrorListener = (channel: string, error: unknown) => void;

/** One IPC call: the channel, the arguments as sent (not yet trusted), and who sent them. */
export type Dispatch = (channel: string, rawArgs: unknown, caller: IpcCaller) => Promise<Result<unknown>>;

/**
 * Builds the one entry point every IPC call goes through, in Electron (ipcMain.handle) and in the e2e harness
 * (a Playwright binding) alike: check who is calling, validate what they sent against the contract, run the
 * handler with the validated arguments and then the caller, and return every outcome as data, because Electron
 * passes only `message` across from a thrown error.
 */
export function createDispatcher(
  handlers: IpcHandlers<IpcCaller>,
  isAllowedOrigin: (url: string | undefined) => boolean,
  onError: DispatchErrorListener = () => {},
): Dispatch {
  const routes = buildRoutes(handlers);

  return async (channel, rawArgs, caller) => {
    if (!isAllowedOrigin(caller.url)) {
      return fail('forbidden-origin', `Channel ${channel} refused for sender ${String(caller.url)}`);
    }
    const route = routes.get(channel);
    if (route === undefined) return fail('invalid-argument', `Unknown channel ${channel}`);

    const parsed = route.schema.safeParse(rawArgs);
    if (!parsed.success) {
      return fail('invalid-argument', `${channel}: ${parsed.error.issues.map(describeIssue).join('; ')}`);
    }
    try {
      return ok(await route.handler(...(parsed.data as unknown[]), caller));
    } catch (error) {
      return toFailure(channel, error, onError);
    }
  };
}

/** Walks the contract rather than listing channels by hand, so a new contract entry is routed automatically. */
function buildRoutes(handlers: IpcHandlers<IpcCaller>): ReadonlyMap<string, Route> {
  const routes = new Map<string, Route>();
  const groups = handlers as unknown as Record<string, Record<string, AnyHandler | undefined> | undefined>;
  for (const [ns, defs] of Object.entries(ipcContract)) {
    for (const [method, def] of Object.entries(defs as Record<string, { channel: string; args: z.ZodTuple }>)) {
      const handler = groups[ns]?.[method];
      if (typeof handler !== 'function') throw new Error(`No IPC handler for ${ns}.${method}`);
      routes.set(def.channel, { schema: def.args, handler: handler.bind(groups[ns]) });
    }
  }
  return routes;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(arguments)';
  return `${where}: ${issue.message}`;
}

function toFailure(channel: string, error: unknown, onError: DispatchErrorListener): Result<never> {
  if (error instanceof IpcHandlerError) {
    if (error.code === 'internal' || error.code === 'io-failed') onError(channel, error);
    return fail(error.code, error.message);
  }
  onError(channel, error);
  const message = error instanceof Error ? error.message : String(error);
  return fail(isFileSystemError(error) ? 'io-failed' : 'internal', `${channel}: ${message}`);
}
