/// The Japanese words the anchor grammars know, as UTF-16 code units. Data, not logic: extend the tables.
package enum JapaneseVocabulary {
    private static func units(_ text: String) -> [UInt16] { Array(text.utf16) }

    /// Era names and the Gregorian year of their first year (元年).
    package static let eras: [(name: [UInt16], firstYear: Int)] = [
        (units("令和"), 2019), (units("平成"), 1989), (units("昭和"), 1926), (units("大正"), 1912), (units("明治"), 1868),
    ]
    /// `元` in `令和元年`: the first year of an era.
    package static let firstYearOfEra: UInt16 = 0x5143
    /// Years counted from the document's year; longest first so that `一昨年` wins over `昨年`.
    package static let relativeYears: [(word: [UInt16], offset: Int)] = [
        (units("一昨年"), -2), (units("再来年"), 2), (units("本年"), 0), (units("今年"), 0), (units("昨年"), -1),
        (units("去年"), -1), (units("来年"), 1), (units("明年"), 1),
    ]
    /// The first units of era names and relative years, to skip them quickly.
    package static let yearWordFirstUnits: Set<UInt16> = Set(
        eras.compactMap(\.name.first) + relativeYears.compactMap(\.word.first))
    package static let year: UInt16 = 0x5E74  // 年
    package static let month: UInt16 = 0x6708  // 月
    package static let day: UInt16 = 0x65E5  // 日
    /// After 年, 月 or 日, these make a duration or a decade, not a date: `５年間`, `2020年代`.
    package static let notDateAfterCalendarUnit: Set<UInt16> = [0x9593, 0x4EE3]  // 間 代
    /// `年度` (fiscal year): part of the year.
    package static let fiscal: UInt16 = 0x5EA6  // 度
    /// Words that join the ends of a range: `から` (the dashes are in `CharacterClass.isRangeDash`).
    package static let rangeWords = WordTable(["から", "より"])

    /// `第` before an ordinal (`第3回`, `第二プラント`).
    package static let ordinalPrefix: UInt16 = 0x7B2C
    /// Counters after `第N` that belong to the ordinal's surface.
    package static let ordinalCounters = WordTable([
        "回", "次", "期", "条", "章", "号", "部", "位", "弾", "段階", "世代", "版", "代", "項", "節",
    ])
    /// Words after a number that make it an ordinal: `３０周年`, `2回目`.
    package static let ordinalSuffixes = WordTable(["周年", "回目", "番目", "度目", "代目", "年目"])

    /// Units after a number, with their normalised names.
    package static let unitNames: [[UInt16]: String] = [
        units("パーセント"): "%", units("キロメートル"): "km", units("ヘクタール"): "ha", units("キログラム"): "kg",
        units("メガワット"): "MW", units("ギガワット"): "GW", units("米ドル"): "USD", units("ユーロ"): "EUR",
        units("人民元"): "CNY", units("ドル"): "USD", units("トン"): "t", units("円"): "JPY", units("％"): "%",
        units("%"): "%",
    ]
    package static let unitWords = WordTable(Array(unitNames.keys))
    /// Counters: a number before them counts things (`15件`, `3つ`, `５か国`); longest first.
    package static let counters = WordTable([
        "か国", "カ国", "ヶ国", "ケ国", "箇国", "か月", "カ月", "ヶ月", "箇月", "項目", "分野", "都市", "団体", "機関",
        "年間", "日間", "週間", "時間", "種類", "件", "名", "人", "社", "校", "機", "隻", "台", "個", "基", "冊", "つ",
        "回", "度", "州", "国", "本", "点", "者", "歳", "年",
    ])
    /// Before a number: it is approximate (`約21%`).
    package static let approximatePrefixes: [[UInt16]] = ["約", "およそ", "概ね", "ほぼ", "最大", "最低"].map(units)
    /// After a number (and its unit or counter): it is approximate (`100以上`).
    package static let approximateSuffixes = WordTable([
        "を超える", "を超え", "を上回る", "以上", "以下", "未満", "超", "余り", "余", "程度", "近く", "前後", "強", "弱",
    ])
    /// `割` after a number: tenths, as a percentage (`3割` is 30%); `分` after it adds hundredths (`3割5分`, 35%).
    package static let tenth: UInt16 = 0x5272  // 割
    package static let hundredth: UInt16 = 0x5206  // 分
    /// A time of day: `午前` / `午後` before it, `時` after the hour, `分` after the minutes, `半` for half past.
    package static let morning = units("午前")
    package static let afternoon = units("午後")
    package static let hour: UInt16 = 0x6642  // 時
    package static let minute: UInt16 = 0x5206  // 分
    package static let halfPast: UInt16 = 0x534A  // 半
    /// After `N時`, these make a duration or another word, not a time of day: `３時間`, `１時点`, `同時期`.
    package static let notTimeAfterHour: Set<UInt16> = Set("間点期限代".utf16)
    /// `両` + these: the two of them (`両国` the two countries, `両首脳` the two leaders), a count of 2.
    package static let bothPrefix: UInt16 = 0x4E21  // 両
    package static let bothNouns = WordTable(["首脳", "外相", "大臣", "政府", "国", "者", "社"])
    /// Kanji that make a word with the kanji numeral before them (`万博`, `十分`, `千葉`): not a number.
    package static let wordsAfterKanjiNumeral: Set<UInt16> = Set(
        "博全分葉代貨科屋姓里".utf16)
    /// Kanji numeral runs that are words (`万一` in case).
    package static let kanjiNumeralWords: Set<[UInt16]> = [units("万一")]
    /// Powers of ten of the kanji multipliers that may follow digits (`13.41億`, `115.5万`, `2千`).
    package static let multiplierPowers: [UInt16: Int] = [
        0x5341: 1, 0x767E: 2, 0x5343: 3, 0x4E07: 4, 0x5104: 8, 0x5146: 12,
    ]
}

extension JapaneseVocabulary {
    /// Characters an input method puts for `第` before a numeral and an ordinal counter (`弟23条` for `第23条`):
    /// `弟`, `苐`. Never right there: `弟` (younger brother) is not followed by a numeral and `条` or `回`.
    package static let ordinalPrefixLookalikes: [UInt16] = [0x5F1F, 0x82D0]
}

extension JapaneseVocabulary {
    /// Common katakana loanwords: everyday words, never misspelt names (one edit from a name is chance:
    /// `リスト`/`ポスト`, `センサー`/`センター`). A start; a morphological dictionary knows more.
    package static let everydayLoanwords: [String] = [
        "リスト", "テスト", "コスト", "ポスト", "ベスト", "ラスト", "ホスト", "ポート", "レポート", "サポート", "スポーツ",
        "タスク", "マスク", "リスク", "デスク", "ディスク", "タンク", "バンク", "ランク", "リンク", "ピンク", "シンク",
        "センター", "センサー", "セーター", "レバー", "カバー", "メンバー", "ナンバー", "サーバー", "ドライバー",
        "シャフト", "ソフト", "ギフト", "シフト", "リフト", "ハック", "バック", "パック", "チェック", "トラック",
        "ロック", "ブロック", "ショック", "ストック", "クリック", "プラスチック", "エネルギー", "データ",
        "メール", "ルール", "ツール", "プール", "スクール", "ボール", "ホール", "コール", "モール", "ゴール",
        "ゲーム", "チーム", "システム", "プログラム", "フォーラム", "テーマ", "ドラマ", "カメラ", "ホテル", "モデル",
        "レベル", "ラベル", "パネル", "トンネル", "チャンネル", "ケース", "ベース", "ペース", "スペース", "ニュース",
        "サービス", "オフィス", "デバイス", "バランス", "チャンス", "ダンス", "ライセンス", "ネット", "セット",
        "ターゲット", "マーケット", "チケット", "ポケット", "ロケット", "サイト", "ライト", "ルート", "ノート",
        "コート", "スタート", "サイズ", "シリーズ", "ニーズ", "ライン", "デザイン", "マシン", "エンジン", "ボタン",
        "パターン", "カード", "モード", "コード", "スピード", "ボード", "キー", "コピー", "パーティー", "コーヒー",
        "タクシー", "バス", "ガス", "クラス", "グラス", "ケーキ", "ブレーキ", "ページ", "メッセージ", "イメージ",
        "ステージ", "パッケージ", "ストレス", "アクセス", "プロセス", "ビジネス", "フィルム", "アルバム", "ファン",
        "プラン", "ローン", "ゾーン", "ドローン", "フォン", "スマホ", "アプリ", "トップ", "ショップ", "ステップ",
        "タイプ", "グループ", "スープ", "ロープ", "テープ", "パイプ", "マップ", "キャップ", "カップ", "トイレ",
        "ドア", "エリア", "メディア", "アイデア", "ケア", "シェア", "ペア", "ギア", "ルーム", "ボリューム",
        "ファイル", "スタイル", "タイル", "モバイル", "オイル", "メーター", "センチ", "キロ", "トン", "ドル", "ユーロ",
        "ポンド", "パーセント", "ゲスト", "テキスト", "コンテスト", "リクエスト", "ベンチ", "スイッチ", "マッチ",
        "ウォッチ", "タッチ", "キッチン", "チキン", "レモン", "メロン", "ワイン", "ビール", "ミルク", "パン",
    ]
}
