import CNcursesw
import ZgodaViewModels

/// What one read from the terminal gave.
enum TerminalEvent: Equatable {
    case key(Key)
    case resize
    case timeout
}

/// Turns `get_wch` results into keys. In raw mode Ctrl-C and Ctrl-S arrive as bytes 3 and 19.
enum KeyDecoder {
    static func decode(status: Int32, code: UInt32) -> TerminalEvent? {
        if status == ERR { return .timeout }
        if status == zg_key_code_yes() { return function(Int32(bitPattern: code)) }
        return character(code)
    }

    static func character(_ code: UInt32) -> TerminalEvent? {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            return .key(.ctrl(Character(Unicode.Scalar(UInt8(code) + 96))))
        case 0, 28...31: return nil
        default:
            guard let u = Unicode.Scalar(code) else { return nil }
            return .key(.char(Character(u)))
        }
    }

    static func function(_ code: Int32) -> TerminalEvent? {
        switch code {
        case zg_key_up(): return .key(.up)
        case zg_key_down(): return .key(.down)
        case zg_key_left(): return .key(.left)
        case zg_key_right(): return .key(.right)
        case zg_key_home(): return .key(.home)
        case zg_key_end(): return .key(.end)
        case zg_key_npage(): return .key(.pageDown)
        case zg_key_ppage(): return .key(.pageUp)
        case zg_key_enter(): return .key(.enter)
        case zg_key_backspace(): return .key(.backspace)
        case zg_key_dc(): return .key(.delete)
        case zg_key_btab(): return .key(.backTab)
        case zg_key_resize(): return .resize
        default:
            for n in 1...12 where code == zg_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }
}
