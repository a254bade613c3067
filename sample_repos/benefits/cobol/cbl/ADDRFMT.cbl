000100*================================================================*
000200*                                                                *
000300*  program     addrfmt                                           *
000400*  title       address block formatter                           *
000500*  system      benefits payment system (bps)                     *
000600*                                                                *
000700*  called dynamically by benbacs1 (the program name is moved     *
000800*  into ws-fmt-pgm) to lay out the address on girocheques.       *
000900*                                                                *
001000*  input   3 address lines, town, postcode  (layout of          *
001100*          py-address in member payrec)                          *
001200*  output  up to 5 lines of 40: blank lines dropped, runs of     *
001300*          spaces squeezed, town and postcode in upper case,     *
001400*          postcode as "outward inward" on the last line.        *
001500*                                                                *
001600*  written in lower case on the 1997 workstation pilot; left     *
001700*  that way - the compiler does not care.                        *
001800*                                                                *
001900*  change history                                                *
002000*  12/05/97 ps          original (for order book labels)         *
002100*  15/04/02 rk          reused for girocheques                   *
002200*  21/07/08 mp  cr2995  postcode without a space is split        *
002300*                                                                *
002400*================================================================*
002500 identification division.
002600 program-id.    addrfmt.
002700 author.        p shah.
002800 date-written.  may 1997.
002900 environment division.
003000 data division.
003100 working-storage section.
003200 01  ws-work.
003300     05  ws-in-idx               pic s9(4) comp.
003400     05  ws-out-idx              pic s9(4) comp.
003500     05  ws-pos                  pic s9(4) comp.
003600     05  ws-len                  pic s9(4) comp.
003700     05  ws-prev-char            pic x.
003800     05  ws-line                 pic x(40).
003900     05  ws-squeezed             pic x(40).
004000     05  ws-candidate            pic x(40) occurs 4 times.
004100 01  ws-postcode-work.
004200     05  ws-pc-raw               pic x(8).
004300     05  ws-pc-outward           pic x(4).
004400     05  ws-pc-inward            pic x(4).
004500     05  ws-pc-compact           pic x(8).
004600     05  ws-pc-length            pic s9(4) comp.
004700     05  ws-pc-tally             pic s9(4) comp.
004800     05  ws-pc-formatted         pic x(8).
004900 linkage section.
005000 01  lk-address-in.
005100     05  lk-in-line              pic x(40) occurs 3 times.
005200     05  lk-in-town              pic x(30).
005300     05  lk-in-postcode          pic x(8).
005400 01  lk-address-out.
005500     05  lk-out-line             pic x(40) occurs 5 times.
005600 01  lk-line-count               pic s9(4) comp.
005700 procedure division using lk-address-in
005800                          lk-address-out
005900                          lk-line-count.
006000 0000-main.
006100     move spaces to lk-address-out
006200     move zero to lk-line-count
006300     perform 1000-load-candidates
006400     perform 2000-copy-non-blank
006500         varying ws-in-idx from 1 by 1 until ws-in-idx > 4
006600     perform 3000-format-postcode thru 3000-exit
006700     if ws-pc-formatted not = spaces
006800         if lk-line-count < 5
006900             add 1 to lk-line-count
007000         end-if
007100         move ws-pc-formatted to lk-out-line (lk-line-count)
007200     end-if
007300     goback.
007400*
007500 1000-load-candidates.
007600     move lk-in-line (1) to ws-candidate (1)
007700     move lk-in-line (2) to ws-candidate (2)
007800     move lk-in-line (3) to ws-candidate (3)
007900     move function upper-case (lk-in-town) to ws-candidate (4).
008000*
008100 2000-copy-non-blank.
008200     if ws-candidate (ws-in-idx) = spaces
008300         next sentence
008400     else
008500         move ws-candidate (ws-in-idx) to ws-line
008600         perform 2100-squeeze-spaces
008700         add 1 to lk-line-count
008800         move ws-squeezed to lk-out-line (lk-line-count).
008900*
009000*    remove leading spaces and collapse runs of spaces to one
009100 2100-squeeze-spaces.
009200     move spaces to ws-squeezed
009300     move zero to ws-out-idx
009400     move space to ws-prev-char
009500     perform varying ws-pos from 1 by 1 until ws-pos > 40
009600         if ws-line (ws-pos:1) = space
009700             if ws-prev-char not = space
009800                 add 1 to ws-out-idx
009900                 move space to ws-squeezed (ws-out-idx:1)
010000             end-if
010100         else
010200             add 1 to ws-out-idx
010300             move ws-line (ws-pos:1) to ws-squeezed (ws-out-idx:1)
010400         end-if
010500         move ws-line (ws-pos:1) to ws-prev-char
010600     end-perform.
010700*
010800*    cr2995 - "ls16ab" becomes "ls1 6ab": the inward code is
010900*    always the last three characters
011000 3000-format-postcode.
011100     move spaces to ws-pc-formatted ws-pc-outward ws-pc-inward
011200     move function upper-case (lk-in-postcode) to ws-pc-raw
011300     if ws-pc-raw = spaces
011400         go to 3000-exit
011500     end-if
011600     unstring ws-pc-raw delimited by all space
011700         into ws-pc-outward ws-pc-inward
011800     end-unstring
011900     if ws-pc-inward = spaces
012000         move zero to ws-pc-tally
012100         inspect ws-pc-raw tallying ws-pc-tally
012200             for characters before initial space
012300         move ws-pc-tally to ws-pc-length
012400         if ws-pc-length > 4 and ws-pc-length < 8
012500             move ws-pc-raw to ws-pc-compact
012600             move spaces to ws-pc-outward
012700             move ws-pc-compact (1:ws-pc-length - 3)
012800               to ws-pc-outward
012900             move ws-pc-compact (ws-pc-length - 2:3)
013000               to ws-pc-inward
013100         end-if
013200     end-if
013300     string ws-pc-outward delimited by space
013400            ' '           delimited by size
013500            ws-pc-inward  delimited by space
013600       into ws-pc-formatted
013700     end-string.
013800 3000-exit.
013900     exit.
