import Foundation

/// What the terminal the command writes to can show.
enum Terminal {
    /// Colour only when standard output is a terminal and `NO_COLOR` is not set (https://no-color.org).
    static var supportsColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) != 0
    }
}
