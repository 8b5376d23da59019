// MARK: - LabelTextAlignment

/// Where text sits in its box, as written in templates.
public enum LabelTextAlignment: String, Sendable, Hashable, Codable {
    case left, center, right

    var drawing: TextStyle.Alignment {
        switch self {
        case .left: .leading
        case .center: .center
        case .right: .trailing
        }
    }
}
