import Foundation

// `swift run -c release taiyaku-bench [segment | anchors | check | stages …]`: runs the named benchmarks (all when none is named) and prints
// Markdown tables of medians. A benchmark reports; it never fails on a time.
let benchmarks: [String: () throws -> Void] = [
    "segment": SegmentationBenchmark.run,
    "align": AlignmentBenchmark.run,
    "glossary": GlossaryBenchmark.run,
    "anchors": AnchorBenchmark.run,
    "check": CheckBenchmark.run,
    "stages": StageBenchmark.run,
    "scaling": ScalingBenchmark.run,
]
let requested = CommandLine.arguments.dropFirst().isEmpty ? benchmarks.keys.sorted() : Array(CommandLine.arguments.dropFirst())
for name in requested {
    guard let benchmark = benchmarks[name] else {
        FileHandle.standardError.write(Data("error: unknown benchmark \(name); known: \(benchmarks.keys.sorted().joined(separator: ", "))\n".utf8))
        exit(2)
    }
    try benchmark()
    print()
}
