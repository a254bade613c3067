           MOVE "FROM COPY" TO WS-MSG
           DISPLAY WS-MSG
