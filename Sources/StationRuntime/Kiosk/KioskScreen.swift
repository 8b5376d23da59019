public import QuartermasterCore
public import Station
public import Terminal

/// How the kiosk meets the terminal: which keys mean what, and the view's rows in the
/// terminal's styles. Pure, so the kiosk's key map is tested without a terminal.
public enum KioskScreen {
    /// Keys as the kiosk understands them; nil for keys it ignores. Function keys for modes
    /// come from the router's jobs, each of which declares its own.
    public static func input(for key: Key, router: KioskRouter) -> KioskInput? {
        switch key {
        case .character(let character): return .character(character)
        case .enter, .tab: return .enter
        case .backspace, .delete: return .backspace
        case .escape: return .command(.cancel)
        case .function(4), .control("z"), .control("Z"): return .command(.undo)
        case .function(5): return .command(.accept)
        case .function(10): return .command(.signOut)
        case .function(let number): return router.mode(forFunctionKey: number).map { .command(.switchMode($0)) }
        default: return nil
        }
    }

    /// The view's rows in the terminal's styles; the cursor sits after the typed text.
    public static func frame(_ rows: [ViewRow], input: String) -> ScreenFrame {
        var cursor: ScreenPosition?
        let styled = rows.enumerated().map { index, row in
            row.segments.map { segment -> ScreenSegment in
                if segment.style == .input, segment.text != "> " {
                    cursor = ScreenPosition(row: index, column: 2 + DisplayWidth.of(segment.text))
                }
                return ScreenSegment(segment.text, style: style(segment.style))
            }
        }
        return ScreenFrame(rows: styled, cursor: cursor ?? rows.firstIndex { $0.segments.first?.style == .input }.map { ScreenPosition(row: $0, column: 2) })
    }

    public static func style(_ style: ViewStyle) -> ScreenStyle {
        switch style {
        case .plain: return .plain
        case .status: return .reverse
        case .heading: return .bold
        case .dim: return ScreenStyle(foreground: .cyan)
        case .success: return ScreenStyle(isBold: true, foreground: .green)
        case .warning: return ScreenStyle(isBold: true, foreground: .yellow)
        case .error: return ScreenStyle(isBold: true, foreground: .red)
        case .input: return .bold
        }
    }
}
