//! Which shared state a command keeps between runs, so a loop of commands (or commands beside
//! a program on the same account) logs in once and stays within the API's limits. First match
//! wins: `--no-state`, `--state FILE`, `OPENPROVIDER_REDIS_URL` with `OPENPROVIDER_NAMESPACE`,
//! `OPENPROVIDER_STATE`, then `state.sqlite3` in the platform's state folder.

use std::path::PathBuf;

use clap::ArgMatches;
use openprovider::SharedState;

use crate::commands::{NO_STATE, STATE};
use crate::environment;

/// The store the arguments and the environment choose, or why none can be used.
pub fn chosen(matches: &ArgMatches) -> Result<SharedState, String> {
    let given = |e: openprovider::Error| e.to_string();
    if matches.try_get_one::<bool>(NO_STATE).ok().flatten() == Some(&true) {
        return Ok(SharedState::in_process());
    }
    if let Some(file) = matches.try_get_one::<String>(STATE).ok().flatten() {
        return SharedState::sqlite(file).map_err(given);
    }
    if let Some(url) = environment::var("OPENPROVIDER_REDIS_URL") {
        let namespace = environment::var("OPENPROVIDER_NAMESPACE").ok_or(
            "OPENPROVIDER_REDIS_URL is set but OPENPROVIDER_NAMESPACE is not: every process \
             that shares one account or one address must use one namespace",
        )?;
        return SharedState::redis(url, namespace).map_err(given);
    }
    if let Some(file) = environment::var("OPENPROVIDER_STATE") {
        return SharedState::sqlite(file).map_err(given);
    }
    match default_file() {
        Some(file) => SharedState::sqlite(file).map_err(given),
        None => Err(
            "no home folder for the state file: give one with --state FILE, or \
                     --no-state"
                .to_owned(),
        ),
    }
}

/// `openprovider/state.sqlite3` in the platform's state folder: `$XDG_STATE_HOME`, else
/// `~/.local/state` on Linux; the local data folder elsewhere.
pub fn default_file() -> Option<PathBuf> {
    let dirs = directories::BaseDirs::new()?;
    let folder = dirs
        .state_dir()
        .map_or_else(|| dirs.data_local_dir().to_path_buf(), PathBuf::from);
    Some(folder.join("openprovider").join("state.sqlite3"))
}
