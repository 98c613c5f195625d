//! A real `redis-server` for the tests of the Redis store: each test starts its own on a unix
//! socket in a folder of its own, with no persistence, and stops it by its process id. `.ci/run`
//! installs the server; on a developer's machine without one the tests that need it say so and
//! pass, except under `CI=true`, where a missing server fails them.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct RedisServer {
    child: Option<Child>,
    folder: PathBuf,
    socket: PathBuf,
}

/// A new empty folder under the system's temporary folder, for one test.
pub fn scratch_folder(name: &str) -> PathBuf {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let folder = std::env::temp_dir().join(format!(
        "openprovider-{name}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("a scratch folder");
    folder
}

impl RedisServer {
    /// A running server, or `None` (with a note on stderr) where none is installed outside CI.
    pub fn start() -> Option<RedisServer> {
        if Command::new("redis-server")
            .arg("--version")
            .stdout(Stdio::null())
            .status()
            .is_err()
        {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "redis-server is not installed; .ci/run installs it with apt-get"
            );
            eprintln!("redis-server is not installed: skipping this test's Redis part");
            return None;
        }
        let folder = scratch_folder("redis");
        let socket = folder.join("redis.sock");
        let mut server = RedisServer {
            child: None,
            folder,
            socket,
        };
        server.run();
        Some(server)
    }

    /// The URL the redis crate takes for the socket.
    pub fn url(&self) -> String {
        format!("redis+unix://{}", self.socket.display())
    }

    fn run(&mut self) {
        let _ = std::fs::remove_file(&self.socket);
        let child = Command::new("redis-server")
            .args(["--port", "0", "--unixsocket"])
            .arg(&self.socket)
            .args([
                "--unixsocketperm",
                "700",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .arg("--dir")
            .arg(&self.folder)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        self.child = Some(child);
        wait_for_socket(&self.socket);
    }

    /// Stops the server by its process id, as a crash or a restart would.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_file(&self.socket);
    }

    /// Starts it again on the same socket, empty: no counts and no scripts.
    pub fn restart(&mut self) {
        self.stop();
        self.run();
    }
}

fn wait_for_socket(socket: &Path) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if std::os::unix::net::UnixStream::connect(socket).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("redis-server did not open {}", socket.display());
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}
