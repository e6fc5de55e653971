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

    /// A progress line only when standard error is a terminal that can rewrite a line, outside CI (`CI` set, as
    /// GitHub Actions, GitLab and most others do, unless to `false` or `0`).
    static var showsProgress: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let ci = environment["CI"], !ci.isEmpty, ci != "false", ci != "0" { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDERR_FILENO) != 0
    }

    /// The width in columns of the terminal on `descriptor`, when it is one and says.
    static func columns(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The width the text report wraps to: the terminal's when standard output is one, else `COLUMNS`, else 100.
    static var reportWidth: Int {
        if isatty(STDOUT_FILENO) != 0, let columns = columns(of: STDOUT_FILENO) { return columns }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 100
    }
}
