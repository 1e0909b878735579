// A real IMAP server for the intake tests: Debian's dovecot-imapd, started by the test on 127.0.0.1 and a
// free port over a temporary Maildir, with a generated configuration (one account, plain-text login
// without TLS on loopback, its state and log in the temporary folder). Run by the current user; when that
// is root, dovecot's own users run the login and internal processes and `nobody` owns the mail, as
// dovecot requires.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

export const DOVECOT = '/usr/sbin/dovecot';
export const dovecotInstalled = existsSync(DOVECOT);
/** What the suites say when they skip. */
export const DOVECOT_MISSING = `dovecot no está instalado (${DOVECOT}): instálelo con «apt-get install dovecot-imapd» para probar la radicación por correo`;

const NOBODY = 65534;

export interface DovecotServer {
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** imap://user:password@127.0.0.1:port */
  readonly url: string;
  /** A client of the test's own, to put messages in and look at the folders. */
  client(): ImapFlow;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

function configurationOf(directory: string, port: number, password: string): string {
  const root = process.getuid?.() === 0;
  const me = userInfo();
  const mailUid = root ? NOBODY : me.uid;
  const mailGid = root ? NOBODY : me.gid;
  return `
protocols = imap
listen = 127.0.0.1
base_dir = ${directory}/run
state_dir = ${directory}/state
log_path = ${directory}/dovecot.log
info_log_path = ${directory}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
default_internal_user = ${root ? 'dovecot' : me.username}
default_internal_group = ${root ? 'dovecot' : me.username}
default_login_user = ${root ? 'dovenull' : me.username}
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:${directory}/mail/Maildir
passdb {
  driver = static
  args = user=office password=${password}
}
userdb {
  driver = static
  args = uid=${mailUid} gid=${mailGid} home=${directory}/mail
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;
}

export async function startDovecot(): Promise<DovecotServer> {
  const directory = mkdtempSync(join(tmpdir(), 'ventanilla-dovecot-'));
  // The login and mail processes run as other users when the test runs as root: they must get in.
  chmodSync(directory, 0o711);
  mkdirSync(join(directory, 'mail'));
  if (process.getuid?.() === 0) chownSync(join(directory, 'mail'), NOBODY, NOBODY);
  const port = await freePort();
  const password = 'clave-del-buzon';
  const configuration = join(directory, 'dovecot.conf');
  writeFileSync(configuration, configurationOf(directory, port, password));
  const child: ChildProcess = spawn(DOVECOT, ['-F', '-c', configuration], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  for (let attempt = 0; !(await accepts(port)); attempt += 1) {
    if (!running || attempt > 200) {
      child.kill('SIGKILL');
      const log = join(directory, 'dovecot.log');
      const details = `${output}${existsSync(log) ? readFileSync(log, 'utf8') : ''}`;
      rmSync(directory, { recursive: true, force: true });
      throw new Error(`dovecot no arrancó en el puerto ${port}:\n${details}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    port,
    user: 'office',
    password,
    url: `imap://office:${password}@127.0.0.1:${port}`,
    client: () =>
      new ImapFlow({
        host: '127.0.0.1',
        port,
        secure: false,
        auth: { user: 'office', pass: password },
        logger: false,
        disableAutoIdle: true,
      }),
    stop: async () => {
      if (running) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
