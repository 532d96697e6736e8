#pragma once

namespace bc::cli {

// The exit codes of every command (issue 7), stable for scripts.
enum ExitCode : int {
    Success = 0,
    Failed = 1, // refused or failed: the server's or the plan's reason is on stderr
    Usage = 2, // bad options or arguments
    Authentication = 3, // no credentials, or the API token was refused
    NotFound = 4, // project, environment, backup, activity or account unknown
    StoppedWaiting = 5, // accepted, but its activity could not be followed: it may still run
};

} // namespace bc::cli
