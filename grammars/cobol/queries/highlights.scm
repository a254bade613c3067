; Highlighting for the LegacyLens code view.

(comment) @comment
(comment_entry) @comment

(string_literal) @string
(numeric_literal) @number
(level_number) @number
(picture_string) @string.special
(figurative_constant) @constant.builtin
(usage) @type.builtin

(program_id name: (_) @function)
(end_program name: (_) @function)
(paragraph_header name: (_) @function)
(section_header name: (_) @function)
(perform_statement procedure: (_) @function)
(perform_statement thru: (_) @function)
(go_to_statement target: (_) @function)
(qualified_procedure_name) @function
(processing_procedure procedure: (_) @function)
(communication_description name: (identifier) @variable)
(call_statement target: (string_literal) @function)

(data_entry name: (identifier) @variable)
(file_description name: (identifier) @variable)
(select_entry name: (identifier) @variable)
(function_call name: (identifier) @function.builtin)
(exec_statement language: (identifier) @keyword)
(exec_body) @embedded

(relational_operator) @operator

[
  "IDENTIFICATION" "ID" "ENVIRONMENT" "DATA" "PROCEDURE" "DIVISION" "SECTION"
  "PROGRAM-ID" "AUTHOR" "INSTALLATION" "DATE-WRITTEN" "DATE-COMPILED" "SECURITY" "REMARKS"
  "CONFIGURATION" "INPUT-OUTPUT" "FILE-CONTROL" "I-O-CONTROL" "SELECT" "ASSIGN"
  "FILE" "WORKING-STORAGE" "LOCAL-STORAGE" "LINKAGE" "FD" "SD"
  "USAGE" "OCCURS" "REDEFINES" "VALUE" "VALUES" "RENAMES" "DEPENDING" "INDEXED" "TIMES"
  "MOVE" "COMPUTE" "ADD" "SUBTRACT" "MULTIPLY" "DIVIDE" "IF" "ELSE" "END-IF" "EVALUATE"
  "WHEN" "OTHER" "END-EVALUATE" "PERFORM" "END-PERFORM" "UNTIL" "VARYING" "THRU" "THROUGH"
  "GO" "TO" "CALL" "USING" "END-CALL" "READ" "WRITE" "REWRITE" "DELETE" "START" "OPEN"
  "CLOSE" "STRING" "UNSTRING" "INSPECT" "SET" "INITIALIZE" "SEARCH" "ACCEPT" "DISPLAY"
  "EXEC" "END-EXEC" "STOP" "RUN" "GOBACK" "EXIT" "CONTINUE" "NEXT" "SENTENCE"
  "AND" "OR" "NOT" "GIVING" "INTO" "FROM" "BY" "ROUNDED" "SIZE" "ERROR" "INVALID" "KEY"
  "END" "AT" "ALSO" "SORT" "MERGE" "RELEASE" "RETURN" "ALTER" "CANCEL" "ENTRY"
  "CD" "RD" "ENABLE" "DISABLE" "SEND" "RECEIVE" "PURGE" "INITIATE" "GENERATE" "TERMINATE"
  "TYPE" "LINE" "COLUMN" "SOURCE" "SUM" "JSON" "XML" "PARSE" "ENTER"
] @keyword
