import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Upload } from './entities/upload.entity';
import { FilesController } from './files.controller';
import { PhotosService } from './photos.service';

/** Uploads and photo processing; other modules claim photos through PhotosService. */
@Module({
  imports: [TypeOrmModule.forFeature([Upload])],
  controllers: [FilesController],
  providers: [PhotosService],
  exports: [PhotosService],
})
export class FilesModule {}
