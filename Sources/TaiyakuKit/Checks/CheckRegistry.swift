/// Every check Taiyaku has, in the order reports list them. A new check is one file plus one line here.
public enum CheckRegistry {
    public static let all: [any Check] = [
        OmissionCheck(),
        AdditionCheck(),
        LowConfidenceCheck(),
    ]
}
