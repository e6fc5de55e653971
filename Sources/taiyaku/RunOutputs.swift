import Foundation
import TaiyakuKit

/// The outputs of one run, staged beside their destinations as they are made and put in place together at the
/// end, so a run that fails leaves no new output and no temporary file (dropping the value discards what is staged).
/// A class because it owns the staged files (their descriptors and temporary files) until the end of the run, and
/// the HTML batch hands pages to it from the report builder's callback.
final class RunOutputs {
    private var files: [StagedFile] = []
    private var standardOutput: [Data] = []

    /// Stages `data` for `destination`; standard output is written at the commit, after the files.
    /// - Parameter keepsDescriptor: `false` when many files are staged (HTML pages), so that each does not hold a
    ///   file descriptor until the end.
    func stage(_ data: Data, for destination: OutputDestination, keepsDescriptor: Bool = true) throws {
        guard let path = destination.path else {
            standardOutput.append(data)
            return
        }
        do {
            files.append(try StagedFile(data, at: path, keepsDescriptor: keepsDescriptor))
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    /// Puts every staged file in place, then writes standard output.
    func commit() throws {
        let staged = files
        files = []
        for (index, file) in staged.enumerated() {
            do {
                try file.commit()
            } catch {
                for rest in staged[(index + 1)...] { rest.discard() }
                throw CommandFailure(message: error.description)
            }
        }
        for data in standardOutput { FileHandle.standardOutput.write(data) }
        standardOutput = []
    }
}
