import Foundation
import TaiyakuKit

/// Where a command's output goes: standard output, or a file replaced atomically (see `StagedFile`: a temporary
/// file beside it, flushed and renamed into place; symbolic links and the file's mode are kept).
struct OutputDestination {
    let path: String?

    /// Writes `data` now.
    func write(_ data: Data) throws {
        let outputs = RunOutputs()
        try outputs.stage(data, for: self)
        try outputs.commit()
    }
}
