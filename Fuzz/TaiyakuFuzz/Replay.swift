import Foundation

#if !FUZZING
    /// Without libFuzzer: `taiyaku-fuzz TARGET FILE-OR-FOLDER…` runs each input through the target once (replays the
    /// seed corpus, or a crashing input, in an ordinary build).
    @main
    enum Replay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            let targets = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                FileHandle.standardError.write(Data("usage: taiyaku-fuzz TARGET FILE…; targets: \(targets)\n".utf8))
                exit(2)
            }
            var count = 0
            for path in arguments.dropFirst() {
                var isDirectory: ObjCBool = false
                let isFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
                let files = isFolder
                    ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
                for file in files {
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    target.run(Array(data))
                    count += 1
                }
            }
            print("\(target.rawValue): \(count) inputs ran clean")
        }
    }
#endif
