import Testing

@testable import TaiyakuKit

/// One test per category of sentence boundary, each with sentences that must be cut and sentences that must stay
/// whole. The examples are written for these tests in the style of government releases.
@Suite struct SentenceBoundaryCategoryTests {
    private func english(_ text: String) throws -> [String] {
        try Fixtures.segmentTexts(text, language: .english)
    }

    private func japanese(_ text: String) throws -> [String] {
        try Fixtures.segmentTexts(text, language: .japanese)
    }

    // MARK: Abbreviations with several stops

    @Test func multiPeriodAbbreviationEndsASentenceBeforeASentenceStarter() throws {
        #expect(
            try english("The delegation arrived in the U.S. These consultations lasted two days.") == [
                "The delegation arrived in the U.S.", "These consultations lasted two days.",
            ])
        #expect(
            try english("The forum was held in Washington, D.C. It drew 300 participants.") == [
                "The forum was held in Washington, D.C.", "It drew 300 participants.",
            ])
        #expect(
            try english("Talks resumed at 10 A.M. Both delegations attended.") == [
                "Talks resumed at 10 A.M.", "Both delegations attended.",
            ])
    }

    @Test(arguments: [
        "The U.S. Government and the U.K. Treasury issued a joint note.",
        "Dr. J. R. Smith of the U.N. Development Programme chaired the session.",
        "The envoy of the U.S. Department of State met the minister at 10 a.m. on Monday.",
        "Martin Luther King Jr. Day is observed in the U.S. each January.",
    ])
    func multiPeriodAbbreviationInsideASentence(sentence: String) throws {
        #expect(try english(sentence) == [sentence])
    }

    // MARK: Single capital letters

    @Test func initialBeforeASentenceStarterEndsTheSentence() throws {
        #expect(
            try english("The committee kept the reserve fund as plan B. Then it closed the session.") == [
                "The committee kept the reserve fund as plan B.", "Then it closed the session.",
            ])
        #expect(
            try english("The samples were rich in vitamin A. However, the study was small.") == [
                "The samples were rich in vitamin A.", "However, the study was small.",
            ])
    }

    @Test(arguments: [
        "Ambassador Albert K. Lee presented his credentials.",
        "The report by S. Tanaka and J. A. Brown was adopted.",
        "President John F. Kennedy visited Berlin.",
    ])
    func initialInsideAName(sentence: String) throws {
        #expect(try english(sentence) == [sentence])
    }

    // MARK: Enumerated items

    @Test func enumeratedItemsInOneLineAreSegments() throws {
        #expect(
            try english("The plan has three pillars: 1. Energy security 2. Water management 3. Transport links") == [
                "The plan has three pillars:", "1. Energy security", "2. Water management", "3. Transport links",
            ])
        #expect(
            try english("The working groups are (a) Trade and investment (b) Culture and tourism.") == [
                "The working groups are", "(a) Trade and investment", "(b) Culture and tourism.",
            ])
        #expect(
            try english("The agenda: i. Opening remarks. ii. Adoption of the report. iii. Closing.") == [
                "The agenda:", "i. Opening remarks.", "ii. Adoption of the report.", "iii. Closing.",
            ])
        #expect(
            try english("Priorities • Energy • Water • Transport") == [
                "Priorities", "• Energy", "• Water", "• Transport",
            ])
        #expect(
            try english("• 4. Energy security • 5. Water management") == [
                "• 4. Energy security", "• 5. Water management",
            ])
    }

    @Test func enumeratedItemsKeepTheirLabels() throws {
        let text = "The parties agreed on 1.) The exchange of experts 2.) The joint survey"
        let segmented = try Segmenter(language: .english).segment(Document(name: "f", text: text))
        #expect(segmented.segments.map(\.kind) == [.sentence, .listItem, .listItem])
        #expect(segmented.segments.map(\.label) == [nil, "1.)", "2.)"])
    }

    /// After a sentence end, a label closed by a parenthesis or a dash used as a bullet starts the next segment, even
    /// alone and in lower case; the segment is a sentence, as a translation that writes the label its own way has it.
    @Test func labelOrDashAfterASentenceEndStartsASegment() throws {
        let text = "The delegation raised two points. 3) support for the vocational schools in the region"
        let segmented = try Segmenter(language: .english).segment(Document(name: "f", text: text))
        #expect(
            segmented.segments.map(\.text) == [
                "The delegation raised two points.", "3) support for the vocational schools in the region",
            ])
        #expect(segmented.segments.map(\.kind) == [.sentence, .sentence])
        #expect(segmented.segments.map(\.label) == [nil, nil])
        #expect(
            try english("The survey was completed. (b) the follow-up is scheduled for May.") == [
                "The survey was completed.", "(b) the follow-up is scheduled for May.",
            ])
        #expect(
            try english("Here is how the portal works. - We publish each notice. - We keep a list of deadlines.") == [
                "Here is how the portal works.", "- We publish each notice.", "- We keep a list of deadlines.",
            ])
    }

    @Test(arguments: [
        "The fund covers the costs of Art. 3) of the statute.",
        "The plan was agreed - Japan will fund the survey.",
        "Japan and Tajikistan - the two partners of the project - agreed on the schedule.",
        "The review (see p. 4) found no errors.",
    ])
    func labelOrDashInsideASentence(sentence: String) throws {
        #expect(try english(sentence) == [sentence])
    }

    @Test(arguments: [
        "The agreement covers 1) trade, 2) investment and 3) culture.",
        "The fund rose under Regulation No. 2.5.1. of the ministry.",
        "The site is listed as N°. 77 in the register.",
        "The survey covered (a) farms and (b) fisheries in the region.",
        "Growth reached 1.5 percent in 2024 and 2.1 percent in 2025.",
    ])
    func numbersAndLabelsInsideASentence(sentence: String) throws {
        #expect(try english(sentence) == [sentence])
    }

    @Test func enumeratedItemsAtLineStarts() throws {
        let text = "The ministers agreed on the following.\na. The exchange of experts\nb. A joint survey\ni) Funding\nii) Reporting\n⁃ Follow-up"
        let segmented = try Segmenter(language: .english).segment(Document(name: "f", text: text))
        #expect(
            segmented.segments.map(\.text) == [
                "The ministers agreed on the following.", "a. The exchange of experts", "b. A joint survey",
                "i) Funding", "ii) Reporting", "⁃ Follow-up",
            ])
        #expect(segmented.segments.map(\.label) == [nil, "a.", "b.", "i)", "ii)", "⁃"])
    }

    @Test func capitalLetterStartsAnItemOnlyAfterASentenceEnd() throws {
        let items = "Section two.\nA. General provisions\nB. Final provisions"
        #expect(try english(items) == ["Section two.", "A. General provisions", "B. Final provisions"])
        let wrapped = "The agreement between the two ministries was signed by\nJ. Smith on behalf of the fund."
        #expect(try english(wrapped) == ["The agreement between the two ministries was signed by J. Smith on behalf of the fund."])
    }

    // MARK: Ellipses

    @Test func ellipsisBeforeACapitalEndsASentence() throws {
        #expect(
            try english("The talks dragged on… The ministers then agreed.") == [
                "The talks dragged on…", "The ministers then agreed.",
            ])
        #expect(
            try english("The talks dragged on... The ministers then agreed.") == [
                "The talks dragged on...", "The ministers then agreed.",
            ])
        #expect(
            try english("The report ends with the words \"until further notice. . . .\" The council adjourned.") == [
                "The report ends with the words \"until further notice. . . .\"", "The council adjourned.",
            ])
    }

    @Test func ellipsisAfterASentenceEndStartsTheNext() throws {
        #expect(
            try english("The first shipment arrived in March. ... was delayed by the floods, the ministry said.") == [
                "The first shipment arrived in March.", "... was delayed by the floods, the ministry said.",
            ])
        #expect(
            try english("The first shipment arrived in March. … was delayed by the floods.") == [
                "The first shipment arrived in March.", "… was delayed by the floods.",
            ])
    }

    @Test(arguments: [
        "The minister said the plan was… under review.",
        "The minister said the plan was ... under review.",
        "The minister said the plan was . . . under review.",
        "…and the talks went on until midnight.",
        "The delegation left for the U.S. ... and returned a week later.",
        "The minister paused. . . . and then went on.",
    ])
    func ellipsisInsideASentence(sentence: String) throws {
        #expect(try english(sentence) == [sentence])
    }

    // MARK: Question and exclamation marks

    @Test(arguments: [
        "He asked \"Why now?\" and the chair moved to the next item.",
        "The target (was it 30%?) was not met.",
        "The campaign \"Act now!\" ran in 2024.",
        "Yahoo! Japan and the ministry signed the memorandum.",
        "The ministry's partner Yahoo! is a portal.",
    ])
    func questionAndExclamationInsideASentence(sentence: String) throws {
        #expect(try english(sentence) == [sentence])
    }

    @Test func questionAndExclamationEndSentences() throws {
        #expect(
            try english("Will the talks continue? The ministry did not say! Both sides left.") == [
                "Will the talks continue?", "The ministry did not say!", "Both sides left.",
            ])
        #expect(
            try english("He asked, \"Why now?\" The chair did not answer.") == [
                "He asked, \"Why now?\"", "The chair did not answer.",
            ])
    }

    // MARK: Quotations closing after the stop

    @Test func quotationClosesWithItsSentence() throws {
        #expect(
            try english("The minister said, \"We agree.\" The talks ended.") == [
                "The minister said, \"We agree.\"", "The talks ended.",
            ])
        #expect(
            try english("The minister said, 'We agree.' The talks ended.") == [
                "The minister said, 'We agree.'", "The talks ended.",
            ])
        #expect(
            try english("The minister said, ''We agree on the plan.'' The talks ended.") == [
                "The minister said, ''We agree on the plan.''", "The talks ended.",
            ])
        #expect(
            try english("The minister said, ''We agree on the plan.'' the report notes.") == [
                "The minister said, ''We agree on the plan.'' the report notes."
            ])
        #expect(
            try japanese("大臣は「We agree.」と述べた。会議は終わった。") == ["大臣は「We agree.」と述べた。", "会議は終わった。"])
        #expect(
            try japanese("大臣は声明（\"We agree.\"）を出した。会議は終わった。") == [
                "大臣は声明（\"We agree.\"）を出した。", "会議は終わった。",
            ])
    }

    // MARK: Citation and footnote marks

    @Test func footnoteMarkStaysWithItsSentence() throws {
        #expect(
            try english("He is honoured as a martyr.[1] The memorial opened in 2020.") == [
                "He is honoured as a martyr.[1]", "The memorial opened in 2020.",
            ])
        #expect(
            try english("The system was activated.a The second phase follows.") == [
                "The system was activated.a", "The second phase follows.",
            ])
        #expect(
            try english("The system was activated.¹ The second phase follows.") == [
                "The system was activated.¹", "The second phase follows.",
            ])
        #expect(
            try english("The system was activated.12 The second phase follows.") == [
                "The system was activated.12", "The second phase follows.",
            ])
        #expect(
            try english("The plan was adopted in 2019.12 Next, the council met.") == [
                "The plan was adopted in 2019.12", "Next, the council met.",
            ])
        #expect(
            try english("See the annual report.[PDF – 33 KB] The ministry published it in May.") == [
                "See the annual report.[PDF – 33 KB]", "The ministry published it in May.",
            ])
    }

    @Test(arguments: [
        "The index stood at 2019.12 points in the survey.",
        "The group ranked No.1 in Asia.",
        "Version 2.1 Beta was released.",
        "The rate was 3.29 percent in Art.5 of the law.",
    ])
    func numbersAfterAStopInsideASentence(sentence: String) throws {
        #expect(try english(sentence) == [sentence])
    }

    // MARK: Line breaks

    @Test func wrappedLinesJoinAndShortLinesStaySeparate() throws {
        let wrapped = """
            The two ministers welcomed the progress of the projects on water supply and the
            Japan International Cooperation Agency's support for vocational training in the
            capital.
            """
        #expect(
            try english(wrapped) == [
                "The two ministers welcomed the progress of the projects on water supply and the Japan International Cooperation Agency's support for vocational training in the capital."
            ])
        let heading = "Fields of cooperation\nBoth ministers agreed to expand the exchange of experts in energy and water."
        #expect(try english(heading) == ["Fields of cooperation", "Both ministers agreed to expand the exchange of experts in energy and water."])
        // A title block, a signature or a list of data lines without stops stays one unit.
        let signature = "MOTEGI Toshimitsu\nMinister for Foreign Affairs of Japan"
        #expect(try english(signature) == ["MOTEGI Toshimitsu Minister for Foreign Affairs of Japan"])
        let note = "Annual report 2024 [PDF – 33 KB]\nThe ministry published its annual report on cooperation with the region today."
        #expect(
            try english(note) == [
                "Annual report 2024 [PDF – 33 KB]", "The ministry published its annual report on cooperation with the region today.",
            ])
    }

    @Test func japaneseWrappedLinesJoinAndShortLinesStaySeparate() throws {
        let wrapped = "双方は、地域の連結性を高める輸送回廊の整備が重要であるとの認識を共有し、今後も協\n力を継続することで一致した。"
        #expect(try japanese(wrapped) == ["双方は、地域の連結性を高める輸送回廊の整備が重要であるとの認識を共有し、今後も協力を継続することで一致した。"])
        let heading = "協力分野\n両大臣は、エネルギー及び水資源分野の専門家交流を拡大することで一致した。"
        #expect(try japanese(heading) == ["協力分野", "両大臣は、エネルギー及び水資源分野の専門家交流を拡大することで一致した。"])
        let dateBlock = "2025年11月4日\nデジタル庁"
        #expect(try japanese(dateBlock) == ["2025年11月4日デジタル庁"])
        let comma = "双方は、\n協力を継続することで一致した。"
        #expect(try japanese(comma) == ["双方は、協力を継続することで一致した。"])
    }

    /// Each item of a list of short lines is its own segment: after a line that introduces it with a colon, in a run
    /// of three short lines or more, and for data lines (`Label: value`).
    @Test func listOfShortLinesIsOneSegmentPerItem() throws {
        let introduced = "The two sides identified three fields of cooperation:\nRenewable energy\nWater management\nTransport"
        #expect(
            try english(introduced) == [
                "The two sides identified three fields of cooperation:", "Renewable energy", "Water management", "Transport",
            ])
        let run = """
            Priority areas for 2026
            Disaster risk reduction
            Health care for mothers and children
            The ministers will review the progress of each area at their next meeting.
            """
        #expect(
            try english(run) == [
                "Priority areas for 2026", "Disaster risk reduction", "Health care for mothers and children",
                "The ministers will review the progress of each area at their next meeting.",
            ])
        let dataLines = "Capital: Dushanbe\nPopulation: about 10 million (2023)"
        #expect(try english(dataLines) == ["Capital: Dushanbe", "Population: about 10 million (2023)"])
        // The widest item sets the width a wrapping program would have used; it ends its item all the same.
        let longItem = "Agenda\nOpening remarks by the Parliamentary Vice-Minister for Foreign Affairs\nAdoption of the agenda\nClosing"
        #expect(
            try english(longItem) == [
                "Agenda", "Opening remarks by the Parliamentary Vice-Minister for Foreign Affairs", "Adoption of the agenda",
                "Closing",
            ])
        let afterBlankLine = "The following documents were signed:\n\nExchange of Notes\nRecord of Discussions"
        #expect(try english(afterBlankLine) == ["The following documents were signed:", "Exchange of Notes", "Record of Discussions"])
    }

    @Test func shortLinesThatAreNotAListStayOneSegment() throws {
        // A line without a stop that continues in lower case on the next line is one sentence.
        let continued = "Japan will provide equipment for vocational schools\nin the Khatlon Region\nand training for their teachers."
        #expect(try english(continued) == ["Japan will provide equipment for vocational schools in the Khatlon Region and training for their teachers."])
        // A date and the issuing office, or a name and a title: two lines without anything that makes them a list.
        #expect(try english("November 4, 2025\nDigital Agency") == ["November 4, 2025 Digital Agency"])
        // Lines ending in a comma or a continuation word continue the sentence.
        let commas = "Energy, Water,\nTransport and\nTourism are the four fields."
        #expect(try english(commas) == ["Energy, Water, Transport and Tourism are the four fields."])
        // A paragraph wrapped at a fixed width: the next line's first word never fits on the line before.
        let wrapped = """
            The ministers welcomed the progress of the projects supported by the Japan
            International Cooperation Agency in Khatlon Region, Sughd Region and Dushanbe
            City and agreed to continue them in 2026.
            """
        #expect(
            try english(wrapped) == [
                "The ministers welcomed the progress of the projects supported by the Japan International Cooperation Agency in Khatlon Region, Sughd Region and Dushanbe City and agreed to continue them in 2026."
            ])
        // After a colon, a single line that was wrapped is not an item list.
        let introducedSentence = "The ministers announced:\nJapan will extend a loan of 12 billion yen for the construction of the\nNew terminal in Dushanbe."
        #expect(
            try english(introducedSentence) == [
                "The ministers announced:",
                "Japan will extend a loan of 12 billion yen for the construction of the New terminal in Dushanbe.",
            ])
    }

    @Test func japaneseListOfShortLinesIsOneSegmentPerItem() throws {
        #expect(try japanese("協力分野：\nエネルギー\n水資源管理\n運輸") == ["協力分野：", "エネルギー", "水資源管理", "運輸"])
        #expect(
            try japanese("（問合せ先）\n外務省国際協力局\n電話　03-3580-3311（代表）") == [
                "（問合せ先）", "外務省国際協力局", "電話　03-3580-3311（代表）",
            ])
        #expect(try japanese("首都：ドゥシャンベ\n人口：約1,000万人（2023年）") == ["首都：ドゥシャンベ", "人口：約1,000万人（2023年）"])
        // Two lines without a stop (a date and the office, a title and a name) stay one unit.
        #expect(try japanese("日本国外務大臣\n茂木敏充") == ["日本国外務大臣茂木敏充"])
        // A paragraph wrapped at a fixed width of twenty characters joins whatever its lines end with.
        let wrapped = "双方は、地域の連結性を高める輸送回廊の整\n備が重要であるとの認識を共有し、今後も両\n国の関係機関の間で協力を継続することで一\n致した。"
        #expect(try japanese(wrapped) == ["双方は、地域の連結性を高める輸送回廊の整備が重要であるとの認識を共有し、今後も両国の関係機関の間で協力を継続することで一致した。"])
    }

    @Test func latinAbbreviationInJapaneseTextAcrossALineBreak() throws {
        #expect(
            try japanese("両首脳は、米国ワシントンD.C.\nにおいて会談した。その後、U.S.\n政府が声明を出した。") == [
                "両首脳は、米国ワシントンD.C.において会談した。", "その後、U.S.政府が声明を出した。",
            ])
        #expect(try japanese("同社Apple Inc. は新製品を発表した。") == ["同社Apple Inc. は新製品を発表した。"])
        #expect(try japanese("会議はD.C.で開かれた。次回は東京だ。") == ["会議はD.C.で開かれた。", "次回は東京だ。"])
    }

    // MARK: Japanese punctuation

    @Test func japaneseStopsAndBrackets() throws {
        #expect(
            try japanese("本当に合意したのか？双方は一致した！日本側は歓迎した。") == [
                "本当に合意したのか？", "双方は一致した！", "日本側は歓迎した。",
            ])
        #expect(try japanese("日本側は「協力は重要だ。今後も続ける。」と述べた。") == ["日本側は「協力は重要だ。今後も続ける。」と述べた。"])
        #expect(try japanese("会議（非公開。）を開いた。次回は東京で開く。") == ["会議（非公開。）を開いた。", "次回は東京で開く。"])
        #expect(try japanese("日本側は、「協力は重要だ。」今後も続ける。") == ["日本側は、「協力は重要だ。」", "今後も続ける。"])
    }

    /// A closing markup tag that ends the paragraph belongs to the sentence it closes, in both languages; one in the
    /// middle of a paragraph, or an opening tag, changes nothing.
    @Test func closingMarkupAtTheEndOfAParagraphStaysWithItsSentence() throws {
        #expect(
            try japanese("<remark>大臣は会見を開いた。今後も説明を続ける。</remark>") == [
                "<remark>大臣は会見を開いた。", "今後も説明を続ける。</remark>",
            ])
        #expect(try japanese("今後も説明を続ける。 </remark> </item>") == ["今後も説明を続ける。 </remark> </item>"])
        #expect(
            try english("<remark> The Minister held a press conference. He will explain further. </remark>") == [
                "<remark> The Minister held a press conference.", "He will explain further. </remark>",
            ])
        #expect(try japanese("今後も説明を続ける。<remark>次回は東京で開く。") == ["今後も説明を続ける。", "<remark>次回は東京で開く。"])
    }

    @Test func japaneseCommaEndedLinesContinueButCommaEndedParagraphsAreClauses() throws {
        let text = "日本国政府及びタジキスタン共和国政府は、\n\n両国間の友好関係を強化することを希望して、\n\n次のとおり協定した。"
        let segmented = try Segmenter(language: .japanese).segment(Document(name: "f", text: text))
        #expect(segmented.segments.map(\.kind) == [.sentence, .sentence, .sentence])
        #expect(segmented.segments.count == 3)
    }

    // MARK: Headings

    @Test func commaEndedClauseIsASentenceNotAHeading() throws {
        let text = """
            The Government of Japan and the Government of the Republic of Tajikistan,

            Recognizing the importance of cooperation in the field of water resources,

            Desiring to strengthen the friendly relations between the two countries,

            Have agreed as follows:
            """
        let segmented = try Segmenter(language: .english).segment(Document(name: "f", text: text))
        #expect(segmented.segments.count == 4)
        #expect(segmented.segments.allSatisfy { $0.kind == .sentence })
    }

    @Test func headingIsNotGluedToALowerCaseParagraph() throws {
        let text = "Overview\n\niPhone shipments to the region rose by 12 percent.\n\nDigital Cooperation Initiatives\n\ne-Government services were expanded to 40 cities."
        let segmented = try Segmenter(language: .english).segment(Document(name: "f", text: text))
        #expect(
            segmented.segments.map(\.text) == [
                "Overview", "iPhone shipments to the region rose by 12 percent.", "Digital Cooperation Initiatives",
                "e-Government services were expanded to 40 cities.",
            ])
        #expect(segmented.segments.map(\.kind) == [.heading, .sentence, .heading, .sentence])
    }

    @Test func sentenceCutByABlankLineIsStillJoined() throws {
        let text = "The two countries expect that travel between the two capitals becomes more frequent and that economic\n\nexchanges are stimulated."
        #expect(
            try english(text) == [
                "The two countries expect that travel between the two capitals becomes more frequent and that economic exchanges are stimulated."
            ])
    }

    // MARK: Spans

    /// Every new rule decides on the original text: segments are slices of it, nothing is rewritten.
    @Test func segmentsAreSlicesOfTheOriginal() throws {
        let text = "It was in the U.S. These talks ended.[1] The plan: 1. Energy 2. Water… Then, Yahoo! Japan said \"Why?\" and left."
        let segmented = try Segmenter(language: .english).segment(Document(name: "f", text: text))
        #expect(segmented.segments.count == 6)
        for segment in segmented.segments {
            #expect(segmented.document.text(in: segment.range) == segment.text)
        }
    }
}
