import FollowUpApp
import LineEditing

// libedit drops non-ASCII bytes unless LC_CTYPE names a UTF-8 codeset.
_ = TerminalLocale.ensureUTF8()
FollowUpCommand.mainSplittingCheckFiles()
