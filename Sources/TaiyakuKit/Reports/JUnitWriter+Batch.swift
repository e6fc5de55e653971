import Foundation

extension JUnitWriter {
    /// A batch as JUnit XML: one test suite per pair inside `testsuites`, in pair order. A reviewed pair's suite is
    /// the one a single check writes (one test case per rule); a pair that could not be checked has a suite with
    /// one `load` test case in error, carrying the message.
    public func document(for batch: BatchReview) -> String {
        var builder = BatchBuilder(writer: self)
        for entry in batch.entries {
            builder.add(entry)
        }
        return builder.document()
    }

    /// A batch's JUnit XML built pair by pair: each pair's suite as it comes (the lines of its findings, not the
    /// review), the root element with the counts at the end.
    public struct BatchBuilder: BatchReportBuilder {
        public let writer: JUnitWriter
        private var suites: [MarkupElement.Child] = []
        private var tests = 0
        private var failures = 0
        private var errors = 0

        public init(writer: JUnitWriter) {
            self.writer = writer
        }

        public mutating func add(_ entry: BatchReview.Entry) {
            switch entry.outcome {
            case .reviewed(let review):
                let (suite, failing) = writer.testSuite(for: review)
                suites.append(.element(suite))
                tests += review.rules.count
                failures += failing
            case .failed(let message):
                let loadCase = MarkupElement(
                    "testcase", attributes: [("classname", "taiyaku.load"), ("name", "load")],
                    children: [.element(MarkupElement("error", attributes: [("message", message), ("type", "load")], text: message))])
                suites.append(.element(MarkupElement(
                    "testsuite",
                    attributes: [
                        ("name", "\(entry.pair.source) ↔ \(entry.pair.target)"), ("tests", "1"), ("failures", "0"), ("errors", "1"),
                    ],
                    children: [.element(loadCase)])))
                tests += 1
                errors += 1
            }
        }

        /// The XML document of the suites added.
        public func document() -> String {
            MarkupElement(
                "testsuites",
                attributes: [("name", "taiyaku"), ("tests", "\(tests)"), ("failures", "\(failures)"), ("errors", "\(errors)")],
                children: suites
            ).document()
        }

        /// The document as UTF-8; JUnit has no summary table, so `summary` is not used.
        public func report(summary: BatchSummary) -> Data {
            Data(document().utf8)
        }
    }
}
