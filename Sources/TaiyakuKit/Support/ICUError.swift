import CICU

/// A failure reported by ICU.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// ICU's status code (a positive `UErrorCode`).
    public let status: Int32
    /// What Taiyaku asked ICU to do.
    public let operation: String

    public var description: String {
        let name = taiyaku_status_name(status).map { String(cString: $0) } ?? "status \(status)"
        return "ICU failed to \(operation): \(name)"
    }

    /// The one place where ICU status codes are judged: warnings (negative) pass, failures (positive) throw.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 {
            throw ICUError(status: status, operation: operation())
        }
    }
}
