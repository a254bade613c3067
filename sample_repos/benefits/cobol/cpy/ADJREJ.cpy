000100*================================================================*ADJREJ
000200* ADJREJ     REJECTED PAYMENT ADJUSTMENT                         *ADJREJ
000300*                                                                *ADJREJ
000400*   WRITTEN BY BENADJ01 (DD ADJREJ) FOR EVERY ADJUSTMENT THAT    *ADJREJ
000500*   WAS NOT POSTED.  THE ADJUSTMENTS TEAM WORK THE FILE NEXT     *ADJREJ
000600*   MORNING ON THE CAPTURE SCREENS (REJECT QUEUE).               *ADJREJ
000700*   DSN  BEN.PROD.ADJUST.REJECTS(+1)   RECFM=FB  LRECL=200       *ADJREJ
000800*                                                                *ADJREJ
000900*   REASON CODES                                                 *ADJREJ
001000*     01  FIELD EDIT FAILED (TEXT SAYS WHICH)                    *ADJREJ
001100*     12  AWARD CAP EXCEEDED                                     *ADJREJ
001200*     14  AFTER AWARD END DATE                                   *ADJREJ
001300*     15  RECOVERY EXCEEDS DEBT OUTSTANDING                      *ADJREJ
001400*     16  FRS RISK SCORE OUT OF RANGE                            *ADJREJ
001500*     18  ARREARS INTEREST OVERFLOW                              *ADJREJ
001600*     21  CLAIM NOT ON THE AWARD MASTER                          *ADJREJ
001700*     22  CLAIM IS CLOSED                                        *ADJREJ
001800*                                                                *ADJREJ
001900* CHANGE HISTORY                                                 *ADJREJ
002000* 14/09/93 GF  CREATED                                           *ADJREJ
002100* 10/02/03 JB  CR1195 REASON TEXT WIDENED TO 30                  *ADJREJ
002200*================================================================*ADJREJ
002300 01  AR-REJECT-RECORD.                                            ADJREJ
002400     05  AR-RUN-DATE                 PIC 9(8).                    ADJREJ
002500     05  AR-REASON-CODE              PIC 9(2).                    ADJREJ
002600     05  AR-REASON-TEXT              PIC X(30).                   ADJREJ
002700     05  AR-ADJ-IMAGE                PIC X(150).                  ADJREJ
002800     05  FILLER                      PIC X(10).                   ADJREJ
