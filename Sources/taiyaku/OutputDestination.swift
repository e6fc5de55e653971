import Foundation

/// Where a command's output goes: standard output, or a file written atomically (a temporary file renamed into
/// place, so a reader never sees half a report and a failed run leaves the old file).
struct OutputDestination {
    let path: String?

    func write(_ data: Data) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(message: "\(path): cannot be written: \((error as NSError).localizedDescription)")
        }
    }
}
